//! Every address of the apps, typed: one [`Route`] enum per app, whose `parse` reads an
//! address and whose `href` writes one, so that a link and the screen it opens cannot drift
//! apart (as [`crate::persist::keys`] does for storage keys). Addresses use Vietnamese
//! ASCII slugs, so that a link read aloud or typed by hand makes sense.
//!
//! | app | addresses |
//! |---|---|
//! | member ([`member`]) | `/`, `/ban-nhap`, `/ban-kiem-diem[/<id>/<step>]`, `/ban-cam-ket[/<id>/<step>]` |
//! | cell ([`cell`]) | `/chi-bo[/<ws>[/ho-so, /quy-dinh, /tong-hop, /xuat, /dang-vien/<member>, /hoi-nghi[/<member>], /bien-ban, /bao-cao/<step>]]` |
//! | committee ([`committee`]) | `/dang-uy[/<c>[/ho-so, /nhap, /xuat, /bo-tieu-chi, /chi-bo/<cell>]]` |
//! | print ([`print`]) | `/in/van-ban/<id>`, `/in/chi-bo/<ws>/dang-vien/<member>`, `/in/chi-bo/<ws>/danh-sach`, `/in/dang-uy/<cell>/dang-vien/<member>`, `/in/dang-uy/bao-cao/<c>` |
//!
//! Which wasm entry answers which address is `assets/apps.json`, read by `assets/boot.js`.

pub mod cell;
pub mod committee;
pub mod member;
pub mod print;

pub use cell::CellRoute;
pub use committee::CommitteeRoute;
pub use member::{MemberDoc, MemberRoute};
pub use print::PrintRoute;

/// The addresses of one app.
pub trait Route: Sized + Clone + PartialEq + Send + Sync + 'static {
    /// The route of a path (percent escapes decoded, empty segments ignored), or `None`
    /// when the path is not one of this app's.
    fn parse(path: &str) -> Option<Self>;
    /// The route's address, each parameter percent-encoded.
    fn href(&self) -> String;
}

/// The segments of the addresses.
pub(crate) mod seg {
    pub const REVIEW: &str = "ban-kiem-diem";
    pub const COMMITMENT: &str = "ban-cam-ket";
    pub const DRAFTS: &str = "ban-nhap";
    pub const CELL: &str = "chi-bo";
    pub const PROFILE: &str = "ho-so";
    pub const RULES: &str = "quy-dinh";
    pub const SUMMARY: &str = "tong-hop";
    pub const EXPORT: &str = "xuat";
    pub const MEMBER: &str = "dang-vien";
    pub const MEETING: &str = "hoi-nghi";
    pub const REPORT: &str = "bao-cao";
    pub const PRINT: &str = "in";
    pub const PRINT_DOC: &str = "van-ban";
    pub const ROSTER: &str = "danh-sach";
    pub const MINUTES: &str = "bien-ban";
    pub const COMMITTEE: &str = "dang-uy";
    pub const IMPORT: &str = "nhap";
    pub const PACK: &str = "bo-tieu-chi";
}

/// The home page, where the brand in every app's header goes.
pub const HOME: &str = "/";

/// The id of the last step of every document: the review page.
pub const REVIEW_STEP: &str = "xem-lai";

/// The decoded segments of a path, empty ones (a trailing slash) left out.
pub(crate) fn segments(path: &str) -> Vec<String> {
    path.split('/').filter(|s| !s.is_empty()).map(decode).collect()
}

/// The segments as `&str`, for matching against patterns of fixed segments.
pub(crate) fn as_strs(segments: &[String]) -> Vec<&str> {
    segments.iter().map(String::as_str).collect()
}

/// An address made of segments, each percent-encoded.
pub(crate) fn join(parts: &[&str]) -> String {
    let mut out = String::new();
    for p in parts {
        out.push('/');
        out.push_str(&encode(p));
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

/// Percent-encoding of one segment: everything but letters, digits and `-._~`.
fn encode(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for b in segment.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            // By hand: `format!` would bring the formatting machinery into every app.
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
    out
}

/// Percent-decoding of one segment (`%C3%A1` is "á"); a malformed escape is kept as written.
pub(crate) fn decode(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| segment.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_percent_encoded_and_decoded() {
        assert_eq!(decode("Chi%20b%E1%BB%99"), "Chi bộ");
        assert_eq!(decode("100%"), "100%", "a malformed escape is kept");
        assert_eq!(decode("%FF"), "%FF", "bytes that are not text are kept as written");
        assert_eq!(join(&["chi-bo", "Chi bộ 1"]), "/chi-bo/Chi%20b%E1%BB%99%201");
        assert_eq!(segments("/chi-bo/Chi%20b%E1%BB%99%201/"), vec!["chi-bo", "Chi bộ 1"]);
        assert_eq!(join(&[]), "/");
    }
}
