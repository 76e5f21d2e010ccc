//! "Gửi tệp…": where the browser can hand a file to another app (Web Share with files, on
//! most phones), exporting also offers to send the JSON straight to a chat app instead of
//! finding it in Downloads. Elsewhere the button is not drawn and the download is the way.

use leptos::prelude::*;

use crate::files::save::{can_share_files, share_file};

/// `make` gives the file's name and text, or the reason it cannot be made; `said` receives
/// what happened, in a sentence.
#[component]
pub fn ShareButton(
    make: Callback<(), Result<(String, String), String>>,
    said: RwSignal<Option<String>>,
) -> impl IntoView {
    let share = move |_| {
        let made = make.run(());
        leptos::task::spawn_local(async move { said.set(Some(shared(made).await)) });
    };
    can_share_files()
        .then(|| view! { <button type="button" class="button secondary" on:click=share>"Gửi tệp…"</button> })
}

/// [`ShareButton`] for a file signed with the device's key before it goes
/// ([`crate::files::sign`]): a component of its own, so that the apps that share unsigned
/// files (a member's review) carry no signing code.
#[component]
pub fn SignedShareButton(
    make: Callback<(), Result<(String, String), String>>,
    said: RwSignal<Option<String>>,
) -> impl IntoView {
    let share = move |_| {
        let made = make.run(());
        leptos::task::spawn_local(async move {
            let made = match made {
                Ok((name, text)) => Ok((name, crate::files::sign::sign_text(text).await)),
                Err(why) => Err(why),
            };
            said.set(Some(shared(made).await));
        });
    };
    can_share_files()
        .then(|| view! { <button type="button" class="button secondary" on:click=share>"Gửi tệp…"</button> })
}

/// Hands the file to the browser's share sheet; what happened, in a sentence.
async fn shared(made: Result<(String, String), String>) -> String {
    match made {
        Err(why) => format!("Không gửi được tệp: {why}."),
        Ok((name, text)) => match share_file(&name, &text).await {
            Ok(true) => format!("Đã gửi tệp \"{name}\"."),
            Ok(false) => "Chưa gửi tệp nào.".to_owned(),
            Err(why) => format!("Không gửi được tệp \"{name}\": {why}."),
        },
    }
}
