//! Small labelled inputs outside the form engine (the cell's and the committee's screens). Each keeps what is typed on screen; a value
//! that cannot be stored (e.g. "12a" votes) shows its error, tied to the field and
//! announced, and leaves the stored value as it was.

use leptos::prelude::*;

/// `<TextField id label value on_change/>`: one line (or `long` for paragraphs). An `error`
/// is shown under the field, tied to it (`aria-describedby`, `aria-invalid`) and announced.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    label: &'static str,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] long: bool,
    #[prop(optional, into)] error: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let hint_id = format!("{id}-goi-y");
    let error_id = format!("{id}-loi");
    let described = [hint.map(|_| hint_id.clone()), error.map(|_| error_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let described = (!described.is_empty()).then_some(described);
    let invalid = move || error.and_then(|e| e.get()).map(|_| "true");
    let input = move |ev: leptos::ev::Event| on_change.run(event_target_value(&ev));
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            {if long {
                view! { <textarea id=id.clone() rows="3" aria-describedby=described.clone() aria-invalid=invalid prop:value=move || value.get() on:input=input></textarea> }.into_any()
            } else {
                view! { <input id=id.clone() type="text" aria-describedby=described.clone() aria-invalid=invalid prop:value=move || value.get() on:input=input/> }.into_any()
            }}
            {error.map(|e| view! { <p class="field-error" id=error_id.clone() role="alert">{move || e.get()}</p> })}
        </div>
    }
}

/// `<CountField id label value on_change/>`: a whole number, or empty.
#[component]
pub fn CountField(
    #[prop(into)] id: String,
    label: &'static str,
    #[prop(into)] value: Signal<Option<u32>>,
    on_change: Callback<Option<u32>>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let error_id = format!("{id}-loi");
    let input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let t = text.trim();
        if t.is_empty() {
            error.set(None);
            on_change.run(None);
        } else if let Some(n) = kiemdiem_core::review::parse_count(t) {
            error.set(None);
            on_change.run(Some(n));
        } else {
            error.set(Some(format!(
                "\"{label}\": hãy nhập một số nguyên từ 0 trở lên (ví dụ 7). Giá trị này chưa được lưu."
            )));
        }
    };
    let shown = value.get_untracked().map(|v| v.to_string()).unwrap_or_default();
    view! {
        <div class="field field-count">
            <label for=id.clone()>{label}</label>
            <input
                id=id.clone()
                type="text"
                inputmode="numeric"
                value=shown
                aria-invalid=move || error.with(|e| e.is_some().to_string())
                aria-describedby=move || error.with(|e| e.as_ref().map(|_| error_id.clone()))
                on:input=input
            />
            <p class="field-error" id=format!("{id}-loi") role="alert">{move || error.get()}</p>
        </div>
    }
}

/// `<DateField id label value on_change/>`: a date typed as ngày/tháng/năm. A date that is
/// not one (e.g. "31/02/2025") shows its error, tied to the field and announced, and leaves
/// the stored value as it was; an empty field stores nothing.
#[component]
pub fn DateField(
    #[prop(into)] id: String,
    label: &'static str,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
    #[prop(optional)] hint: Option<&'static str>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let error_id = format!("{id}-loi");
    let hint_id = format!("{id}-goi-y");
    let described = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            let mut ids: Vec<&str> = Vec::new();
            if hint.is_some() {
                ids.push(&hint_id);
            }
            if error.with(Option::is_some) {
                ids.push(&error_id);
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        match kiemdiem_core::date::parse_field_date(&text) {
            Ok(_) => {
                error.set(None);
                on_change.run(text.trim().to_owned());
            }
            Err(_) if text.trim().is_empty() => {
                error.set(None);
                on_change.run(String::new());
            }
            Err(e) => error.set(Some(format!("\"{label}\": {} Giá trị này chưa được lưu.", e.message()))),
        }
    };
    let shown = value.get_untracked();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            <input
                id=id.clone()
                type="text"
                inputmode="numeric"
                autocomplete="off"
                value=shown
                aria-invalid=move || error.with(|e| e.is_some().to_string())
                aria-describedby=described
                on:input=input
            />
            <p class="field-error" id=error_id.clone() role="alert">{move || error.get()}</p>
        </div>
    }
}

/// `<NextStep href label hint/>`: where the secretary's journey (J3) goes from this screen,
/// as one clear link at the end of it.
#[component]
pub fn NextStep(
    #[prop(into)] href: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    view! {
        <nav class="next-step" aria-label="Bước tiếp theo">
            {hint.map(|h| view! { <p>{h}</p> })}
            <a class="button primary" href=href>{label}<span aria-hidden="true">" →"</span></a>
        </nav>
    }
}

/// `<PasswordField id label value error/>`: a passphrase typed blind, its visible label, and
/// its error under it (`<id>-loi`, announced, tied by `aria-describedby` after `hint`, the
/// id of a hint drawn elsewhere). `new`: a passphrase being chosen, not one remembered.
#[component]
pub fn PasswordField(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] new: bool,
) -> impl IntoView {
    let error_id = format!("{id}-loi");
    let described = {
        let error_id = error_id.clone();
        move || {
            let ids: Vec<&str> =
                hint.into_iter().chain(error.with(Option::is_some).then_some(error_id.as_str())).collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <label for=id>{label}</label>
        <input type="password" id=id autocomplete=if new { "new-password" } else { "current-password" }
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev))
            aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
            aria-describedby=described/>
        <p class="field-error" id=error_id role="alert">{move || error.get()}</p>
    }
}

/// The message of a form's one error when it belongs to `field`: forms with several fields
/// keep their error as (field id, message).
pub fn error_of(error: RwSignal<Option<(&'static str, String)>>, field: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || error.with(|e| e.as_ref().filter(|(f, _)| *f == field).map(|(_, m)| m.clone())))
}
