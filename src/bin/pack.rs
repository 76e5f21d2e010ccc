//! Entry point of the committee's criteria pack form (`/dang-uy/<c>/bo-tieu-chi`): a wasm
//! of its own, so that the committee's first load does not carry it.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(kiemdiem::committee::PackApp);
}
