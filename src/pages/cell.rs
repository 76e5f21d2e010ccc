//! Chi bộ: thu nhận và tổng hợp. The cell workspace is a separate app (its own wasm, see
//! `assets/boot.js`), so arriving here from a link of this app reloads the page at the same
//! address and the cell app starts.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// See the module documentation.
#[component]
pub fn CellPage() -> impl IntoView {
    crate::components::focus::go_to_other_app(&use_location().pathname.get_untracked());
    view! { <p>"…"</p> }
}
