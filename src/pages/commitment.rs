//! Bản cam kết.

use leptos::prelude::*;

use super::upcoming::Upcoming;

/// See the module documentation.
#[component]
pub fn CommitmentPage() -> impl IntoView {
    view! { <Upcoming title="Bản cam kết" what="Viết bản cam kết tu dưỡng, rèn luyện, phấn đấu và kế hoạch khắc phục hạn chế."/> }
}
