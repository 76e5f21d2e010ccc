//! The parts every printed Party document shares (HD 36, domain README §10): the header
//! with the organisation on the left and the Party's title on the right, and the signature
//! blocks. What they say comes from the core's printed model ([`kiemdiem_core::printed`]).

use leptos::prelude::*;

pub use kiemdiem_core::printed::{date_line, org_line};
use kiemdiem_core::printed::{Header, PARTY, SIGN_NOTE};

/// `<PartyHeader header/>`: left "ĐẢNG BỘ …", "CHI BỘ …", "*"; right "ĐẢNG CỘNG SẢN VIỆT
/// NAM" over its rule, then the italic place-and-date line.
#[component]
pub fn PartyHeader(header: Header) -> impl IntoView {
    let code = header.code;
    view! {
        {(!code.is_empty()).then(|| view! { <p class="form-code">{code.clone()}</p> })}
        <div class="party-header">
            <div class="issuer">
                {(!header.superior.is_empty()).then(|| view! { <p class="superior">{header.superior.clone()}</p> })}
                <p class="body-name">{header.body}</p>
                <p class="star">"*"</p>
            </div>
            <div class="party">
                <p class="party-title"><span>{PARTY}</span></p>
                <p class="date-line">{header.date_line}</p>
            </div>
        </div>
    }
}

/// `<Signature role note name/>`: a signature block on the right.
#[component]
pub fn Signature(
    #[prop(into)] role: String,
    #[prop(optional, into)] second: String,
    #[prop(into)] name: String,
) -> impl IntoView {
    view! {
        <div class="signature">
            <p class="role">{role}</p>
            {(!second.is_empty()).then(|| view! { <p class="role">{second}</p> })}
            <p class="sign-note">{SIGN_NOTE}</p>
            <p class="sign-name">{name}</p>
        </div>
    }
}
