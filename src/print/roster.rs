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

/// The roster (`minutes` false) or the minutes of the meeting (`/in/chi-bo/<ws>/bien-ban`,
/// [`kiemdiem_core::printed::minutes`]), both read from the cell's workspace.
#[component]
pub fn RosterPrint(
    ws_id: WorkspaceId,
    #[prop(optional)] minutes: bool,
    /// From the committee's copy of the cell's bundle.
    #[prop(optional)]
    committee: bool,
) -> impl IntoView {
    let which = match (minutes, committee) {
        (true, true) => Which::CommitteeMinutes(ws_id.clone()),
        (true, false) => Which::Minutes(ws_id.clone()),
        _ => Which::Roster(ws_id.clone()),
    };
    let find = {
        let (ws_id, which) = (ws_id.clone(), which.clone());
        async move {
            let ws = if committee { source::handed_over(&ws_id) } else { source::workspace(&ws_id).await };
            (ws.map(|(ws, _)| ws), source::printed_of(&which).await)
        }
    };
    super::when_found(find, move |found| {
        match found {
        (Ok(ws), Ok(p)) => {
            let what = if minutes { "biên bản hội nghị" } else { "danh sách" };
            document().set_title(&format!("Bản in: {what} {}", ws.title()));
            let mut file_name = xlsx_file_name(&ws).replace(".xlsx", ".docx");
            if minutes {
                file_name = file_name.replacen("danh-sach", "bien-ban", 1);
            }
            let word = WordSource { file_name, which: which.clone() };
            let (back, unconfirmed) = if minutes {
                let back = if committee {
                    crate::routes::CommitteeRoute::Home.href()
                } else {
                    CellRoute::Minutes(ws_id.clone()).href()
                };
                (back, vec![kiemdiem_core::cell::minutes::UNCONFIRMED.to_owned()])
            } else {
                (CellRoute::Export(ws_id.clone()).href(), Vec::new())
            };
            view! {
                <Toolbar back=back unconfirmed=unconfirmed word=word/>
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
