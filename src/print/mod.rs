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
    if arrived_from_other_app() {
        request_animation_frame(focus_page_heading);
    }
    let route = crate::nav::provide::<PrintRoute>(|_| true);
    move || match route.get() {
        Some(PrintRoute::Document(id)) => view! { <DocumentPrint id=id/> }.into_any(),
        Some(PrintRoute::CellMember(ws, m)) => view! { <CellMemberPrint ws_id=ws member_id=m/> }.into_any(),
        Some(PrintRoute::Roster(ws)) => view! { <RosterPrint ws_id=ws/> }.into_any(),
        Some(PrintRoute::CommitteeMember(ws, m)) => view! { <CommitteeMemberPrint ws_id=ws member_id=m/> }.into_any(),
        Some(PrintRoute::CommitteeReport(c)) => view! { <CommitteeReportPrint c=c/> }.into_any(),
        None => {
            go_to_other_app(&crate::nav::use_location().pathname.get_untracked());
            view! { <p>"…"</p> }.into_any()
        }
    }
}
