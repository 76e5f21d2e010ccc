//! Entry point of the committee workspace (`/dang-uy…`): a wasm of its own, so that members
//! and cells never download the committee's screens.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(kiemdiem::committee::CommitteeApp);
}
