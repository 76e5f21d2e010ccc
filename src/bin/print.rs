//! Entry point of the print views (`/in/…`): a wasm of its own, opened from the member's
//! app and from the cell app, so that neither carries the A4 layout in its first load.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(kiemdiem::print::PrintApp);
}
