//! Navigation inside one app, and between apps: the address is a signal, read by each app
//! as its [`Route`] type ([`crate::routes`]).
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

use std::sync::Arc;

use crate::routes::Route;

/// The navigation of the app on this page, whatever its routes.
#[derive(Clone)]
struct Nav {
    path: RwSignal<String>,
    /// Whether an address is one of this entry's: [`use_navigate`] loads another app (or
    /// another entry of this one) for any other address.
    owns: Arc<dyn Fn(&str) -> bool + Send + Sync>,
}

/// The route of the current address, as the app reads it.
#[derive(Clone, Copy)]
struct Current<R: Route>(Memo<Option<R>>);

fn current_path() -> String {
    web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_else(|| "/".to_owned())
}

/// Sets up navigation for an entry of app `R` and returns its current route: the address
/// read as an `R`, or `None` when it is not one. `owns` tells which of the app's routes
/// this entry draws: a link to any other address loads the entry or app that draws it.
pub fn provide<R: Route>(owns: fn(&R) -> bool) -> Memo<Option<R>> {
    let path = RwSignal::new(current_path());
    let route = Memo::new(move |_| path.with(|p| R::parse(p)));
    let owns_path = move |p: &str| R::parse(p).is_some_and(|r| owns(&r));
    provide_context(Nav { path, owns: Arc::new(owns_path) });
    provide_context(Current(route));

    let pointer = window_event_listener(leptos::ev::pointerdown, |_| mark_pointer(true));
    let keyboard = window_event_listener(leptos::ev::keydown, |ev| {
        if matches!(ev.key().as_str(), "Tab" | "Enter" | "Escape" | "F6") || ev.alt_key() || ev.ctrl_key() {
            mark_pointer(false);
        }
    });
    let back_or_forward = window_event_listener(leptos::ev::popstate, move |_| path.set(current_path()));
    let follow = window_event_listener(leptos::ev::click, move |ev| {
        if let Some(to) = own_link(&ev) {
            ev.prevent_default();
            if owns_path(&to.path) {
                go(path, &to.path, &to.rest);
            } else {
                go_to_other_app(&format!("{}{}", to.path, to.rest));
            }
        }
    });
    on_cleanup(move || {
        pointer.remove();
        keyboard.remove();
        back_or_forward.remove();
        follow.remove();
    });
    route
}

/// The current route of app `R`. Outside an app's navigation (a component mounted alone in
/// a test), the route of the address the page was opened at.
pub fn use_route<R: Route>() -> Memo<Option<R>> {
    match use_context::<Current<R>>() {
        Some(Current(route)) => route,
        None => Memo::new(|_| R::parse(&current_path())),
    }
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
        let target = fragment.and_then(|f| w.document().and_then(|d| d.get_element_by_id(&crate::routes::decode(&f))));
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
        match &nav {
            Some(nav) if (nav.owns)(path) => go(nav.path, path, rest),
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
        let _ = s.set_item(CROSSING_KEY, if pointer_marked() { POINTER } else { "1" });
        let here = w.location();
        let from = format!("{}{}", here.pathname().unwrap_or_default(), here.search().unwrap_or_default());
        let _ = s.set_item(crate::persist::keys::CAME_FROM, &from);
    }
    let _ = w.location().assign(path);
}

/// Whether this page was opened by [`go_to_other_app`] (the mark is used once). Only the
/// cell app asks: the member's app keeps its first load as small as it can.
pub fn arrived_from_other_app() -> bool {
    let Some(s) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) else { return false };
    let marked = s.get_item(CROSSING_KEY).ok().flatten();
    if marked.is_some() {
        let _ = s.remove_item(CROSSING_KEY);
    }
    if marked.as_deref() == Some(POINTER) {
        mark_pointer(true);
    }
    marked.is_some()
}

/// The address this page was opened from by a move between apps, when it is one of this
/// site's and not `except` (a print view never returns to itself).
pub fn came_from(except: impl Fn(&str) -> bool) -> Option<String> {
    let s = web_sys::window()?.session_storage().ok().flatten()?;
    let from = s.get_item(crate::persist::keys::CAME_FROM).ok().flatten()?;
    (from.starts_with('/') && !from.starts_with("//") && !except(&from)).then_some(from)
}

/// Marks `<html>` while the user works with a finger or a mouse: a heading focused after a
/// tap then shows no ring (style/main.css); Tab, Enter or a shortcut brings it back. The
/// browser's own `:focus-visible` cannot tell after a page load, so the mark crosses apps.
const POINTER_ATTR: &str = "data-pointer";
const POINTER: &str = "pointer";

fn mark_pointer(on: bool) {
    let Some(root) = document().document_element() else { return };
    let _ = if on { root.set_attribute(POINTER_ATTR, "") } else { root.remove_attribute(POINTER_ATTR) };
}

fn pointer_marked() -> bool {
    document().document_element().is_some_and(|r| r.has_attribute(POINTER_ATTR))
}
