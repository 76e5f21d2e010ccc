//! `<FileDrop/>`: every place a user chooses files (drafts, a commitment's source, the
//! cell's import, a workspace opened from a bundle, the committee's bundles, criteria
//! packs). The browser's own chooser speaks the browser's language ("Choose Files / No file
//! chosen"), so the native input stays (keyboard, screen readers, the system's dialog) but
//! is drawn as a Vietnamese button with what was chosen beside it, in a frame that also
//! takes files dropped on it.

use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// The files of a `FileList`, in order.
fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect()).unwrap_or_default()
}

/// What the line beside the button says once files were chosen or dropped.
fn chosen_line(files: &[web_sys::File]) -> String {
    match files {
        [] => "Chưa chọn tệp nào.".to_owned(),
        [one] => format!("Đã chọn tệp \"{}\".", one.name()),
        many => format!("Đã chọn {} tệp.", many.len()),
    }
}

/// See the module documentation. `on_files` gets the chosen or dropped files (never none);
/// the input is emptied after each choice, so choosing the same file again reads it again.
/// The input is described by `hint_id` (a hint the caller draws), then by `error_id` (an
/// error the caller draws) while `invalid` holds.
#[component]
pub fn FileDrop(
    /// The input's id.
    id: &'static str,
    /// The visible label, which names the input.
    #[prop(into)]
    label: String,
    /// A hint drawn under the label.
    #[prop(optional, into)]
    hint: Option<String>,
    /// Whether several files may be chosen at once.
    #[prop(optional)]
    multiple: bool,
    /// The id of an error message the caller draws, tied to the input while `invalid`.
    #[prop(optional)]
    error_id: Option<&'static str>,
    /// Whether the last choice was refused.
    #[prop(optional, into)]
    invalid: Signal<bool>,
    /// What to do with the files.
    on_files: impl Fn(Vec<web_sys::File>) + 'static,
) -> impl IntoView {
    let on_files = Rc::new(on_files);
    let chosen = RwSignal::new(String::from("Chưa chọn tệp nào."));
    let dragging = RwSignal::new(false);
    let hint_id = format!("{id}-goi-y");
    let has_hint = hint.is_some();
    let described = {
        let hint_id = hint_id.clone();
        move || {
            let mut ids: Vec<String> = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if let Some(e) = error_id.filter(|_| invalid.get()) {
                ids.push(e.to_owned());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let take = {
        let on_files = on_files.clone();
        move |files: Vec<web_sys::File>| {
            if files.is_empty() {
                return;
            }
            chosen.set(chosen_line(&files));
            on_files(files);
        }
    };
    let on_change = {
        let take = take.clone();
        move |ev: leptos::ev::Event| {
            let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
            let files = files_of(input.files());
            input.set_value("");
            take(files);
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let mut files = files_of(ev.data_transfer().and_then(|d| d.files()));
        if !multiple {
            files.truncate(1);
        }
        take(files);
    };
    view! {
        <div class="file-drop" class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop>
            <label class="field-label" for=id>{label}</label>
            {hint.map(|h| view! { <p class="field-hint" id=hint_id.clone()>{h}</p> })}
            <div class="file-pick">
                <input type="file" class="file-input" id=id accept=".json,application/json" multiple=multiple
                    aria-describedby=described aria-invalid=move || invalid.get().then_some("true")
                    on:change=on_change/>
                <label for=id class="button secondary file-button" aria-hidden="true">"Chọn tệp…"</label>
                <span class="file-chosen">{move || chosen.get()}</span>
                <span class="file-drop-hint">{if multiple { "hoặc kéo và thả các tệp vào khung này" } else { "hoặc kéo và thả tệp vào khung này" }}</span>
            </div>
        </div>
    }
}
