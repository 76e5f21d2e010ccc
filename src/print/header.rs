//! The parts every printed Party document shares (HD 36, domain README §10): the header
//! with the organisation on the left and the Party's title on the right, and the signature
//! blocks.

use chrono::NaiveDate;
use leptos::prelude::*;

use kiemdiem_core::date::{document_date, parse_field_date};

/// The name of an organisation as printed: upper case, with its kind in front when the
/// user typed only the name ("Khu phố 3" → "CHI BỘ KHU PHỐ 3").
pub fn org_line(kind: &str, name: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        return format!("{} ……", kind.to_uppercase());
    }
    if name.to_lowercase().starts_with(&kind.to_lowercase()) {
        name.to_uppercase()
    } else {
        format!("{} {}", kind.to_uppercase(), name.to_uppercase())
    }
}

/// "Hà Nội, ngày 05 tháng 01 năm 2026", with dots for what is not known yet (to be filled
/// in by hand).
pub fn date_line(place: &str, date: &str) -> String {
    let place = if place.trim().is_empty() { "……" } else { place.trim() };
    match parse_field_date(date).ok() {
        Some(d) => format!("{place}, {}", document_date(d)),
        None => format!("{place}, ngày … tháng … năm …"),
    }
}

/// `<PartyHeader committee cell place date code/>`: left "ĐẢNG BỘ …", "CHI BỘ …", "*";
/// right "ĐẢNG CỘNG SẢN VIỆT NAM" over its rule, then the italic place-and-date line.
#[component]
pub fn PartyHeader(
    #[prop(into)] committee: String,
    #[prop(into)] cell: String,
    #[prop(into)] place: String,
    #[prop(into)] date: String,
    #[prop(optional)] code: &'static str,
) -> impl IntoView {
    view! {
        {(!code.is_empty()).then(|| view! { <p class="form-code">{code}</p> })}
        <div class="party-header">
            <div class="issuer">
                <p class="superior">{org_line("Đảng bộ", &committee)}</p>
                <p class="body-name">{org_line("Chi bộ", &cell)}</p>
                <p class="star">"*"</p>
            </div>
            <div class="party">
                <p class="party-title"><span>"ĐẢNG CỘNG SẢN VIỆT NAM"</span></p>
                <p class="date-line">{date_line(&place, &date)}</p>
            </div>
        </div>
    }
}

/// `<Signature role note name/>`: a signature block on the right.
#[component]
pub fn Signature(
    #[prop(into)] role: String,
    #[prop(optional)] second: &'static str,
    #[prop(into)] name: String,
) -> impl IntoView {
    view! {
        <div class="signature">
            <p class="role">{role}</p>
            {(!second.is_empty()).then(|| view! { <p class="role">{second}</p> })}
            <p class="sign-note">"(Ký, ghi rõ họ tên)"</p>
            <p class="sign-name">{name}</p>
        </div>
    }
}

/// Today as a field date, for documents printed without one.
pub fn today_field() -> String {
    let d: NaiveDate = crate::clock::today();
    kiemdiem_core::date::field_date(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisation_lines_are_upper_case_with_their_kind() {
        assert_eq!(org_line("Đảng bộ", "Đảng bộ phường Ba Đình"), "ĐẢNG BỘ PHƯỜNG BA ĐÌNH");
        assert_eq!(org_line("Chi bộ", "Khu phố 3"), "CHI BỘ KHU PHỐ 3");
        assert_eq!(org_line("Chi bộ", "  "), "CHI BỘ ……");
    }

    #[test]
    fn the_date_line_pads_day_and_month_or_leaves_dots() {
        assert_eq!(date_line("Hà Nội", "5/1/2026"), "Hà Nội, ngày 05 tháng 01 năm 2026");
        assert_eq!(date_line("", "31/02/2026"), "……, ngày … tháng … năm …");
    }
}
