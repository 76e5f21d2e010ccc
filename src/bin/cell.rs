//! Entry point of the cell workspace (`/chi-bo…`): a second, separately loaded wasm so that
//! a member's first visit never downloads the secretary's screens, and the other way round.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(kiemdiem::cell::CellApp);
}
