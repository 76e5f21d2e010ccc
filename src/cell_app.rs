//! The cell workspace app (placeholder while it is built).
use leptos::prelude::*;

#[component]
pub fn CellApp() -> impl IntoView {
    view! { <p>"chi bộ"</p> }
}
