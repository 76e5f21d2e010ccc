//! Entry point of the browser app: installs the panic hook and mounts [`kiemdiem::App`].
//! Everything else lives in the library so that the domain can be tested natively.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(kiemdiem::App);
}
