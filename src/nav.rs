//! Navigation inside one app: the address is a signal, and each app matches it against its
//! table of routes (built from the segments of [`crate::routes`]).
//!
//! A click on a link to one of this app's addresses, the back and forward buttons, and
//! [`use_navigate`] change the address without reloading the page, so a reload or a typed
//! address lands on the same screen. A link to another app's address (the member's app,
//! the cell's, the committee's, the print views: separate wasm files) loads that app.
//!
//! This replaces `leptos_router`: the apps need only fixed segments and named parameters,
//! and the router crate was 5–7 % of every wasm file (issue 14, `.ci/sizes.mjs`).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A route's pattern: fixed segments, and `:name` for a parameter. `&[]` is `/`.
pub type Pattern = &'static [&'static str];

/// An app's routes: a pattern and the screen it shows, tried in order.
pub type Table<P> = &'static [(Pattern, P)];

/// The parameters of the matched route, by name (`:ws` in the pattern is `get("ws")`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Params(Vec<(&'static str, String)>);

impl Params {
    /// The value of a parameter, decoded; `None` when the route has none of that name.
    pub fn get(&self, name: &str) -> Option<String> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone())
    }
}

/// The parameters when `path` matches `pattern`. Empty segments (a trailing slash) are
/// ignored; a parameter is never empty.
pub fn matches(pattern: Pattern, path: &str) -> Option<Params> {
    let mut segments = path.split('/').filter(|s| !s.is_empty());
    let mut params = Vec::new();
    for expected in pattern {
        let got = segments.next()?;
        match expected.strip_prefix(':') {
            Some(name) => params.push((name, decode(got))),
            None if got == *expected => {}
            None => return None,
        }
    }
    segments.next().is_none().then_some(Params(params))
}

/// Percent-decoding of one segment (`%C3%A1` is "á"); a malformed escape is kept as written.
fn decode(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| segment.to_owned())
}

/// The first route of the table that matches the path.
pub fn resolve<P: Copy>(table: Table<P>, path: &str) -> Option<(P, Params)> {
    table.iter().find_map(|(pattern, page)| matches(pattern, path).map(|p| (*page, p)))
}

#[derive(Clone, Copy)]
struct Nav {
    path: RwSignal<String>,
    params: Memo<Params>,
    /// This app's patterns: [`use_navigate`] loads another app for any other address.
    patterns: StoredValue<Vec<Pattern>>,
}

impl Nav {
    fn owns(&self, path: &str) -> bool {
        self.patterns.with_value(|ps| ps.iter().any(|p| matches(p, path).is_some()))
    }
}

fn current_path() -> String {
    web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_else(|| "/".to_owned())
}

/// Sets up navigation for an app and returns its current screen: the screen of the first
/// route that matches the address, or `fallback`. The screen changes only when another
/// route matches; when only a parameter changes, the screen stays and its parameters
/// ([`use_params_map`]) follow.
pub fn provide<P>(table: Table<P>, fallback: P) -> Memo<P>
where
    P: Copy + PartialEq + Send + Sync + 'static,
{
    let path = RwSignal::new(current_path());
    let matched = Memo::new(move |_| path.with(|p| resolve(table, p)));
    let page = Memo::new(move |_| matched.with(|m| m.as_ref().map_or(fallback, |(p, _)| *p)));
    let params = Memo::new(move |_| matched.with(|m| m.as_ref().map(|(_, p)| p.clone()).unwrap_or_default()));
    let patterns = StoredValue::new(table.iter().map(|(p, _)| *p).collect());
    provide_context(Nav { path, params, patterns });

    let back_or_forward = window_event_listener(leptos::ev::popstate, move |_| path.set(current_path()));
    let follow = window_event_listener(leptos::ev::click, move |ev| {
        if let Some(to) = own_link(&ev) {
            ev.prevent_default();
            if resolve(table, &to.path).is_some() {
                go(path, &to.path, &to.rest);
            } else {
                go_to_other_app(&format!("{}{}", to.path, to.rest));
            }
        }
    });
    on_cleanup(move || {
        back_or_forward.remove();
        follow.remove();
    });
    page
}

/// A same-origin link a plain click should follow inside the app.
struct Link {
    path: String,
    /// The query and the fragment, kept as written.
    rest: String,
}

fn own_link(ev: &web_sys::MouseEvent) -> Option<Link> {
    if ev.default_prevented() || ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
        return None;
    }
    let a = ev.target()?.dyn_into::<web_sys::Element>().ok()?.closest("a[href]").ok()??;
    let opens_elsewhere = a.get_attribute("target").is_some_and(|t| !t.is_empty() && t != "_self");
    if opens_elsewhere || a.has_attribute("download") {
        return None;
    }
    let a = a.dyn_into::<web_sys::HtmlAnchorElement>().ok()?;
    let here = web_sys::window()?.location();
    if a.origin() != here.origin().ok()? {
        return None;
    }
    let (path, search, hash) = (a.pathname(), a.search(), a.hash());
    // A link to a place on this same page: the browser scrolls to it.
    if !hash.is_empty() && Some(&path) == here.pathname().ok().as_ref() && Some(&search) == here.search().ok().as_ref()
    {
        return None;
    }
    Some(Link { path, rest: format!("{search}{hash}") })
}

/// Pushes the address and shows its screen, at the top of the page or at the fragment.
fn go(path: RwSignal<String>, to: &str, rest: &str) {
    let Some(w) = web_sys::window() else { return };
    if let Ok(history) = w.history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{to}{rest}")));
    }
    path.set(to.to_owned());
    let fragment = rest.split_once('#').map(|(_, f)| f.to_owned()).filter(|f| !f.is_empty());
    // The new screen renders in this same tick; scroll once it is there.
    request_animation_frame(move || {
        let Some(w) = web_sys::window() else { return };
        let target = fragment.and_then(|f| w.document().and_then(|d| d.get_element_by_id(&decode(&f))));
        match target {
            Some(el) => el.scroll_into_view(),
            None => w.scroll_to_with_x_and_y(0.0, 0.0),
        }
    });
}

/// The current address, as [`use_location`] gives it.
#[derive(Clone, Copy)]
pub struct Location {
    /// The path, without query or fragment.
    pub pathname: Signal<String>,
}

/// The current address. Outside an app's navigation (a component mounted alone in a test),
/// the address the page was opened at.
pub fn use_location() -> Location {
    let pathname = match use_context::<Nav>() {
        Some(nav) => nav.path.into(),
        None => Signal::stored(current_path()),
    };
    Location { pathname }
}

/// The parameters of the current route.
pub fn use_params_map() -> Memo<Params> {
    match use_context::<Nav>() {
        Some(nav) => nav.params,
        None => Memo::new(|_| Params::default()),
    }
}

/// Goes to an address, as a click on a link to it would: inside this app when one of its
/// routes matches, otherwise by loading the app of that address (the page reloads, after
/// every draft is written on `pagehide`).
pub fn use_navigate() -> impl Fn(&str) + Clone + Send + Sync + 'static {
    let nav = use_context::<Nav>();
    move |to: &str| {
        let (path, rest) = match to.find(['?', '#']) {
            Some(i) => to.split_at(i),
            None => (to, ""),
        };
        match nav {
            Some(nav) if nav.owns(path) => go(nav.path, path, rest),
            _ => go_to_other_app(to),
        }
    }
}

const CROSSING_KEY: &str = crate::persist::keys::CROSSING;

/// Goes to `path` in another app (each app, and some screens, are wasm files of their own,
/// so the page reloads).
/// The other app then focuses its heading, as after any navigation.
pub fn go_to_other_app(path: &str) {
    let Some(w) = web_sys::window() else { return };
    if let Ok(Some(s)) = w.session_storage() {
        let _ = s.set_item(CROSSING_KEY, "1");
    }
    let _ = w.location().assign(path);
}

/// Whether this page was opened by [`go_to_other_app`] (the mark is used once). Only the
/// cell app asks: the member's app keeps its first load as small as it can.
pub fn arrived_from_other_app() -> bool {
    let Some(s) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) else { return false };
    let marked = s.get_item(CROSSING_KEY).ok().flatten().is_some();
    if marked {
        let _ = s.remove_item(CROSSING_KEY);
    }
    marked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_match_fixed_segments_and_name_parameters() {
        const P: Pattern = &["chi-bo", ":ws", "dang-vien", ":member"];
        let p = matches(P, "/chi-bo/abc/dang-vien/m1").expect("matches");
        assert_eq!(p.get("ws").as_deref(), Some("abc"));
        assert_eq!(p.get("member").as_deref(), Some("m1"));
        assert!(matches(P, "/chi-bo/abc/dang-vien/m1/").is_some(), "a trailing slash is the same address");
        assert!(matches(P, "/chi-bo/abc/dang-vien").is_none(), "too short");
        assert!(matches(P, "/chi-bo/abc/dang-vien/m1/x").is_none(), "too long");
        assert!(matches(P, "/chi-bo/abc/ho-so/m1").is_none(), "another fixed segment");
        assert!(matches(&[], "/").is_some());
        assert!(matches(&[], "/chi-bo").is_none());
    }

    #[test]
    fn parameters_are_percent_decoded() {
        assert_eq!(decode("Chi%20b%E1%BB%99"), "Chi bộ");
        assert_eq!(decode("100%"), "100%", "a malformed escape is kept");
        assert_eq!(decode("%FF"), "%FF", "bytes that are not text are kept as written");
    }
}
