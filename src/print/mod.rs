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
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{ParamSegment, StaticSegment};

use crate::components::focus::{arrived_from_other_app, focus_page_heading, go_to_other_app};
use crate::routes::seg;
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
    view! {
        <Router>
            <Routes fallback=|| {
                go_to_other_app(&leptos_router::hooks::use_location().pathname.get_untracked());
                view! { <p>"…"</p> }
            }>
                <Route path=(StaticSegment(seg::PRINT), StaticSegment(seg::PRINT_DOC), ParamSegment("id")) view=DocumentPrint/>
                <Route path=(StaticSegment(seg::PRINT), StaticSegment(seg::CELL), ParamSegment("ws"), StaticSegment(seg::MEMBER), ParamSegment("member")) view=CellMemberPrint/>
                <Route path=(StaticSegment(seg::PRINT), StaticSegment(seg::CELL), ParamSegment("ws"), StaticSegment(seg::ROSTER)) view=RosterPrint/>
                <Route path=(StaticSegment(seg::PRINT), StaticSegment(seg::COMMITTEE), ParamSegment("ws"), StaticSegment(seg::MEMBER), ParamSegment("member")) view=CommitteeMemberPrint/>
                <Route path=(StaticSegment(seg::PRINT), StaticSegment(seg::COMMITTEE), StaticSegment(seg::REPORT), ParamSegment("c")) view=CommitteeReportPrint/>
            </Routes>
        </Router>
    }
}
