//! `/in/chi-bo/<ws>/danh-sach`: the cell's roster with the self-proposed and proposed
//! levels and votes, then the summary per level, under the Party header, from the core's
//! printed model ([`kiemdiem_core::printed::roster`]), which the Word file is written from
//! too. There is no official form for this list: its title is the app's own.

use crate::routes::{CellRoute, Route};
use leptos::prelude::*;

use super::document::PrintedDocument;
use super::source::{self, Which};
use super::toolbar::{Toolbar, WordSource};
use crate::components::page_heading::PageHeading;
use kiemdiem_core::cell::export::xlsx_file_name;
use kiemdiem_core::ids::WorkspaceId;

#[component]
pub fn RosterPrint(ws_id: WorkspaceId) -> impl IntoView {
    let which = Which::Roster(ws_id.clone());
    let find = {
        let (ws_id, which) = (ws_id.clone(), which.clone());
        async move { (source::workspace(&ws_id).await.map(|(ws, _)| ws), source::printed_of(&which).await) }
    };
    super::when_found(find, move |found| {
        match found {
        (Ok(ws), Ok(p)) => {
            document().set_title(&format!("Bản in: danh sách {}", ws.title()));
            let word = WordSource { file_name: xlsx_file_name(&ws).replace(".xlsx", ".docx"), which: which.clone() };
            view! {
                <Toolbar back=CellRoute::Export(ws_id.clone()).href() word=word/>
                <PrintedDocument printed=p/>
            }
            .into_any()
        }
        (Err(m), _) | (_, Err(m)) => view! {
            <PageHeading title="Không in được"/><p>{m}</p><p><a href=CellRoute::Home.href()>"Về danh sách chi bộ"</a></p>
        }
        .into_any(),
    }
    })
}
