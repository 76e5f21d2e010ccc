//! The print views (Xem bản in): every document kind in the official A4 layout of the
//! Party's documents (Hướng dẫn 36-HD/VPTW, domain README §10), driven by the same
//! templates as the forms. `/in/van-ban/<id>` prints a document of this device;
//! `/in/chi-bo/<workspace>/dang-vien/<member>` a member's review as the cell keeps it,
//! with the cell's comment; `/in/chi-bo/<workspace>/danh-sach` the roster and summary.
//!
//! The pages read the browser's storage directly and never write: printing changes
//! nothing.

pub mod committee;
pub mod document;
pub mod header;
pub mod roster;
pub mod source;
pub mod toolbar;

use leptos::prelude::*;

use crate::components::focus::focus_page_heading;
use crate::nav::{arrived_from_other_app, go_to_other_app};
use crate::routes::PrintRoute;
use committee::CommitteeReportPrint;
use document::{CellMemberPrint, CommitteeMemberPrint, DocumentPrint};
use roster::RosterPrint;

/// The whole print app. Mounted by `src/bin/print.rs`.
#[component]
pub fn PrintApp() -> impl IntoView {
    kiemdiem_core::templates::include_cell_forms();
    // The heading comes once the printed document is read (see [`when_found`]).
    provide_context(Arrived(arrived_from_other_app()));
    fit_page_to_width();
    let _ = window_event_listener(leptos::ev::resize, move |_| fit_page_to_width());
    let route = crate::nav::provide::<PrintRoute>(|_| true);
    move || match route.get() {
        Some(PrintRoute::Document(id)) => view! { <DocumentPrint id=id/> }.into_any(),
        Some(PrintRoute::CellMember(ws, m)) => view! { <CellMemberPrint ws_id=ws member_id=m/> }.into_any(),
        Some(PrintRoute::Roster(ws)) => view! { <RosterPrint ws_id=ws/> }.into_any(),
        Some(PrintRoute::Minutes(ws)) => view! { <RosterPrint ws_id=ws minutes=true/> }.into_any(),
        Some(PrintRoute::CommitteeMinutes(ws)) => {
            view! { <RosterPrint ws_id=ws minutes=true committee=true/> }.into_any()
        }
        Some(PrintRoute::CommitteeMember(ws, m)) => view! { <CommitteeMemberPrint ws_id=ws member_id=m/> }.into_any(),
        Some(PrintRoute::CommitteeReport(c)) => view! { <CommitteeReportPrint c=c/> }.into_any(),
        None => {
            go_to_other_app(&crate::nav::use_location().pathname.get_untracked());
            view! { <p>"…"</p> }.into_any()
        }
    }
}

/// Whether the page was opened from another app: its heading takes the focus once drawn.
#[derive(Clone, Copy)]
struct Arrived(bool);

/// Draws `render` of what `find` finds, once found: a cell's reviews are read from
/// IndexedDB, which answers later. Until then the page says it is opening; then the
/// heading takes the focus if the page was opened from another app.
pub fn when_found<T: Clone + 'static>(
    find: impl std::future::Future<Output = T> + 'static,
    render: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let done = RwSignal::new_local(None::<T>);
    let arrived = use_context::<Arrived>().is_some_and(|a| a.0);
    leptos::task::spawn_local(async move {
        done.set(Some(find.await));
        if arrived {
            request_animation_frame(focus_page_heading);
        }
    });
    move || match done.get() {
        None => view! { <p class="muted" role="status">"Đang mở bản in…"</p> }.into_any(),
        Some(t) => render(t),
    }
}

/// The width of an A4 sheet on screen: 210 mm at 96 px to the inch.
const A4_PX: f64 = 210.0 / 25.4 * 96.0;

/// On a screen narrower than the sheet (a phone), the page is zoomed to the width so that
/// nothing is cut off on the right; printing is not affected (print.css resets the zoom).
/// Set through the style object, which the strict CSP allows, as `--a4-fit`.
fn fit_page_to_width() {
    use wasm_bindgen::JsCast;
    let Some(root) = document().document_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    // A little room for the page's own margin on the sides (1rem in print.css would be
    // wasted on a phone: the zoomed page takes it).
    let width = f64::from(root.client_width()) - 8.0;
    let fit = if width > 0.0 && width < A4_PX { width / A4_PX } else { 1.0 };
    let _ = root.style().set_property("--a4-fit", &format!("{fit:.4}"));
}
