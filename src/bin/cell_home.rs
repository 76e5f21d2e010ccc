//! Entry point of the cell's first screen (`/chi-bo`): the workspaces on this device. A wasm
//! of its own, much smaller than the workspace's screens (`kiemdiem::cell::CellHomeApp`).

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(kiemdiem::cell::CellHomeApp);
}
