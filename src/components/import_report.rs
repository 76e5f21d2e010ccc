//! What an import did, drawn the same way in every app from the core's
//! [`ImportReport`]: the refused files first and in full (they are what the user must act
//! on), then the notes, then the files taken. Two widgets, so that each app's wasm carries
//! only the one it shows: [`ImportReportList`] lists every line (a member's few files, a
//! committee's bundles); [`ImportReportFolded`] gives the files taken as a count that lists
//! them on demand, so that a cell's 4,000 files never draw 4,000 lines. The summary is the
//! page's to place, beside its progress, in the announced status line.

use kiemdiem_core::report::ImportReport;
use leptos::prelude::*;

/// `<ImportReportList report/>`: every line, the refused ones marked.
#[component]
pub fn ImportReportList(#[prop(into)] report: Signal<ImportReport>) -> impl IntoView {
    view! {
        <ul class="import-report">
            {move || report.with(|r| r.lines.iter().map(|l| view! { <li class:refused=!l.ok>{l.text.clone()}</li> }).collect_view())}
        </ul>
    }
}

/// `<ImportReportFolded report/>`: the refused files under a heading, the notes, and the
/// files taken behind a disclosure.
#[component]
pub fn ImportReportFolded(#[prop(into)] report: Signal<ImportReport>) -> impl IntoView {
    let show_taken = RwSignal::new(false);
    // A new report folds its list again.
    Effect::new(move |_| {
        report.track();
        show_taken.set(false);
    });
    view! {
        {move || {
            let refused: Vec<String> = report.with(|r| r.refused().map(str::to_owned).collect());
            (!refused.is_empty()).then(|| view! {
                <div class="import-refused">
                    <h3>{format!("{} tệp không nhận: hãy xem lý do và gửi lại tệp đúng", refused.len())}</h3>
                    <ul class="import-report">{refused.into_iter().map(|t| view! { <li class="refused">{t}</li> }).collect_view()}</ul>
                </div>
            })
        }}
        {move || {
            let notes: Vec<String> = report.with(|r| r.notes().map(str::to_owned).collect());
            (!notes.is_empty()).then(|| view! {
                <ul class="import-report import-notes">{notes.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
            })
        }}
        {move || {
            let count = report.with(|r| r.taken().count());
            (count > 0).then(|| view! {
                <details class="import-taken" on:toggle=move |ev| {
                    let open = ev.target().and_then(|t| js_sys::Reflect::get(&t, &"open".into()).ok()).and_then(|v| v.as_bool()).unwrap_or(false);
                    show_taken.set(open);
                }>
                    <summary>{format!("Xem {count} tệp đã nhận hoặc đã có")}</summary>
                    {move || show_taken.get().then(|| view! {
                        <ul class="import-report">
                            {report.with(|r| r.taken().map(|t| view! { <li>{t.to_owned()}</li> }).collect_view())}
                        </ul>
                    })}
                </details>
            })
        }}
    }
}
