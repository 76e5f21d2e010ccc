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
use crate::routes::seg;
use committee::CommitteeReportPrint;
use document::{CellMemberPrint, CommitteeMemberPrint, DocumentPrint};
use roster::RosterPrint;

/// The print app's views.
#[derive(Clone, Copy, PartialEq)]
enum View {
    Document,
    CellMember,
    Roster,
    CommitteeMember,
    CommitteeReport,
    Other,
}

const ROUTES: crate::nav::Table<View> = &[
    (&[seg::PRINT, seg::PRINT_DOC, ":id"], View::Document),
    (&[seg::PRINT, seg::CELL, ":ws", seg::MEMBER, ":member"], View::CellMember),
    (&[seg::PRINT, seg::CELL, ":ws", seg::ROSTER], View::Roster),
    (&[seg::PRINT, seg::COMMITTEE, ":ws", seg::MEMBER, ":member"], View::CommitteeMember),
    (&[seg::PRINT, seg::COMMITTEE, seg::REPORT, ":c"], View::CommitteeReport),
];

/// The whole print app. Mounted by `src/bin/print.rs`.
#[component]
pub fn PrintApp() -> impl IntoView {
    kiemdiem_core::templates::include_cell_forms();
    if arrived_from_other_app() {
        request_animation_frame(focus_page_heading);
    }
    let shown = crate::nav::provide(ROUTES, View::Other);
    move || match shown.get() {
        View::Document => view! { <DocumentPrint/> }.into_any(),
        View::CellMember => view! { <CellMemberPrint/> }.into_any(),
        View::Roster => view! { <RosterPrint/> }.into_any(),
        View::CommitteeMember => view! { <CommitteeMemberPrint/> }.into_any(),
        View::CommitteeReport => view! { <CommitteeReportPrint/> }.into_any(),
        View::Other => {
            go_to_other_app(&crate::nav::use_location().pathname.get_untracked());
            view! { <p>"…"</p> }.into_any()
        }
    }
}
