//! Entry point of the member's editor (`/ban-kiem-diem`, `/ban-cam-ket`, and a document's
//! steps at `/<kind>/<document>/<step>`): a wasm of its own, so that neither the home page
//! nor the editor carries the other's screens (`src/app.rs`).

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(kiemdiem::member::EditorApp);
}
