//! `/in/dang-uy/bao-cao/<committee>`: the committee's summary of final levels per cell and
//! per level, under the Party header, from the core's printed model
//! ([`kiemdiem_core::printed::committee_report`]), which the Word file is written from too.
//! There is no official form for this summary: its title is the app's own, and the toolbar
//! says so. The committee app hands the report over in session storage.

use crate::routes::{CommitteeRoute, Route};
use kiemdiem_core::ids::CommitteeId;
use leptos::prelude::*;

use super::document::PrintedDocument;
use super::source::{self, Which};
use super::toolbar::{Toolbar, WordSource};
use crate::components::page_heading::PageHeading;

/// See the module documentation.
#[component]
pub fn CommitteeReportPrint(c: CommitteeId) -> impl IntoView {
    let back = CommitteeRoute::Export(c.clone()).href();
    let which = Which::CommitteeReport(c.0);
    let find = {
        let which = which.clone();
        async move { (source::handed_report(&which_committee(&which)), source::printed_of(&which).await) }
    };
    super::when_found(find, move |found| {
        let (r, p) = match found {
            (Ok(r), Ok(p)) => (r, p),
            (Err(m), _) | (_, Err(m)) => {
                return view! { <PageHeading title="Không in được"/><p>{m}</p><p><a href=CommitteeRoute::Home.href()>"Về phần Đảng ủy"</a></p> }
                    .into_any()
            }
        };
        document().set_title(&format!("Bản in: tổng hợp xếp loại năm {}", r.year));
        let unconfirmed = vec!["Tiêu đề và bố cục bản tổng hợp (chưa có mẫu chính thức; ứng dụng tự đặt)".to_owned()];
        let name = kiemdiem_core::file::slug(&r.committee);
        let file_name = if name.is_empty() {
            format!("bao-cao-xep-loai-{}.docx", r.year)
        } else {
            format!("bao-cao-xep-loai-{}-{name}.docx", r.year)
        };
        let word = WordSource { file_name, which: which.clone() };
        view! {
            <Toolbar back=back.clone() unconfirmed=unconfirmed word=word/>
            <PrintedDocument printed=p/>
        }
        .into_any()
    })
}

fn which_committee(which: &Which) -> String {
    match which {
        Which::CommitteeReport(c) => c.clone(),
        _ => String::new(),
    }
}
