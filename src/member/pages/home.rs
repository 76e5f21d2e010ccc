//! The home page: what the app is for, and an entry for each of its users (member, cell
//! secretary, committee), each saying who it is for.

use leptos::prelude::*;

use crate::components::page_heading::{PageHeading, APP_NAME};
use crate::routes::{CellRoute, CommitteeRoute, MemberDoc, MemberRoute, Route};

/// One entry point on the home page.
struct Entry {
    to: fn() -> String,
    title: &'static str,
    who: &'static str,
    what: &'static str,
}

const ENTRIES: [Entry; 5] = [
    Entry {
        to: || MemberRoute::Start(MemberDoc::Review).href(),
        title: "Bản kiểm điểm cá nhân",
        who: "Dành cho đảng viên",
        what: "Viết bản kiểm điểm, tự đánh giá, tự chấm điểm và đề xuất xếp loại cuối năm theo Mẫu 2A, 2B hoặc 2C.",
    },
    Entry {
        to: || MemberRoute::Start(MemberDoc::Commitment).href(),
        title: "Bản cam kết",
        who: "Dành cho đảng viên",
        what: "Viết bản cam kết tu dưỡng, rèn luyện, phấn đấu đầu năm, kèm kế hoạch khắc phục những hạn chế đã chỉ ra.",
    },
    Entry {
        to: || CellRoute::Home.href(),
        title: "Chi bộ: thu nhận và tổng hợp",
        who: "Dành cho bí thư, phó bí thư chi bộ",
        what: "Nhận tệp của đảng viên, ghi nhận xét, đề xuất xếp loại và kết quả biểu quyết, kiểm tra quy định, viết báo cáo kiểm điểm của chi bộ.",
    },
    Entry {
        to: || CommitteeRoute::Home.href(),
        title: "Đảng ủy: tổng hợp các chi bộ",
        who: "Dành cho văn phòng, cán bộ của đảng ủy cấp trên chi bộ",
        what: "Nhận gói của các chi bộ, quyết định mức xếp loại cuối cùng, kiểm tra tỉ lệ, in và xuất báo cáo, soạn bộ tiêu chí chấm điểm gửi chi bộ.",
    },
    Entry {
        to: || MemberRoute::Drafts.href(),
        title: "Bản nháp trên máy này",
        who: "Mọi người dùng",
        what: "Xem, mở lại, sao lưu hoặc khôi phục mọi bản nháp đang lưu trong trình duyệt này.",
    },
];

/// See the module documentation.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <PageHeading title=APP_NAME/>
        <p class="lead">
            "Công cụ giúp đảng viên và chi bộ làm hồ sơ kiểm điểm, đánh giá, xếp loại hằng năm: "
            "điền theo từng bước, tự lưu bản nháp trên máy, in đúng khổ A4 và xuất tệp để nộp."
        </p>
        <ul class="entry-list">
            {ENTRIES
                .iter()
                .map(|e| {
                    view! {
                        <li class="entry">
                            <h2 class="entry-title">
                                <a href=(e.to)()>{e.title}</a>
                            </h2>
                            <p class="entry-who">{e.who}</p>
                            <p class="entry-what">{e.what}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
