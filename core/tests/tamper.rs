//! Issue 31's properties of files that cannot lie: a change to any text of a review nested
//! in a bundle, or of a criteria pack, is caught by its check code; a time in the future
//! never makes a file win.

#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::expect_used,
    reason = "test code: the helpers outside `#[test]` functions panic on a broken fixture, as the tests do"
)]

use std::collections::BTreeMap;
use std::path::Path;

use kiemdiem_core::cell::export::wrap_bundle;
use kiemdiem_core::cell::model::{Member, Workspace};
use kiemdiem_core::cell::summary::Summary;
use kiemdiem_core::committee::file::read_bundle_file;
use kiemdiem_core::document::Document;
use kiemdiem_core::file;
use kiemdiem_core::file::signature::{self, Check, Signer};
use kiemdiem_core::intake::{decide, Decision, Item};
use kiemdiem_core::pack::read_pack;
use kiemdiem_core::templates::review_2025::ids;
use proptest::prelude::*;
use serde_json::Value as Json;

fn time(s: &str) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(s).expect("time")
}

/// The paths of every text under `value`, as JSON pointers.
fn texts(value: &Json, at: String, out: &mut Vec<String>) {
    match value {
        Json::String(_) => out.push(at),
        Json::Array(items) => items.iter().enumerate().for_each(|(i, v)| texts(v, format!("{at}/{i}"), out)),
        Json::Object(map) => {
            map.iter().for_each(|(k, v)| texts(v, format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), out))
        }
        _ => {}
    }
}

/// A bundle of one member with a filled review, as text.
fn bundle() -> String {
    file::to_file_text(&bundle_envelope())
}

/// The bundle of [`bundle`], signed as the cell's browser signs it (ECDSA P-256, r‖s).
fn signed_bundle() -> String {
    use p256::ecdsa::signature::Signer as _;
    let key = p256::ecdsa::SigningKey::from_slice(&[7u8; 32]).expect("a key");
    let mut env = bundle_envelope();
    let value: p256::ecdsa::Signature = key.sign(&signature::signed_bytes(&env));
    let public = key.verifying_key().to_encoded_point(false);
    env.signature = Some(signature::signature(public.as_bytes(), &value.to_bytes()));
    file::to_file_text(&env)
}

/// Whether `check` verifies, as WebCrypto would.
fn verifies(check: &Check) -> bool {
    use p256::ecdsa::signature::Verifier as _;
    let Check::Verify(v) = check else { return false };
    let (Ok(key), Ok(value)) =
        (p256::ecdsa::VerifyingKey::from_sec1_bytes(&v.key), p256::ecdsa::Signature::from_slice(&v.value))
    else {
        return false;
    };
    key.verify(&v.message, &value).is_ok()
}

fn bundle_envelope() -> kiemdiem_core::file::Envelope<kiemdiem_core::cell::export::Bundle> {
    let at = time("2025-12-10T08:00:00+07:00");
    let mut review = Document::new("00000000-0000-4000-8000-000000000001", "2025/2B", 2025, at);
    review.set_text(ids::FULL_NAME, "Nguyễn Văn An");
    review.set_text(ids::WORK_UNIT, "Sở Tư pháp");
    review.set_text(ids::PROPOSED_LEVEL, "HTTNV");
    let mut ws = Workspace::new("3c9e1f20-0000-4000-8000-000000000001", 2025, at);
    ws.profile.cell = "Chi bộ 3".into();
    let mut m = Member::by_hand("00000000-0000-4000-8000-0000000000aa", "Nguyễn Văn An".to_owned());
    m.review = Some(review.id.clone());
    ws.members.push(m);
    let reviews = BTreeMap::from([(review.id.clone(), review)]);
    wrap_bundle(&ws, None, &reviews, Summary::default(), at, "0.1.0")
}

proptest! {
    /// Any text of the review nested in a bundle changed (one character added), its check
    /// code left: the committee sees the review flagged, and the bundle changed.
    #[test]
    fn a_change_to_any_text_of_a_nested_review_is_caught(pick in any::<prop::sample::Index>(), extra in "[a-zđơư]") {
        let text = bundle();
        let mut json: Json = serde_json::from_str(&text).expect("json");
        let mut paths = Vec::new();
        texts(&json["document"]["reviews"][0]["document"], "/document/reviews/0/document".into(), &mut paths);
        let path = pick.get(&paths);
        if let Some(Json::String(s)) = json.pointer_mut(path) {
            s.push_str(&extra);
        }
        let changed = serde_json::to_string(&json).expect("json");
        // A change that makes the review or the bundle unreadable is caught too.
        if let Ok((b, edited)) = read_bundle_file("goi.json", changed.as_bytes()) {
            prop_assert!(edited, "the bundle's own code no longer matches ({path})");
            let flagged = b.reviews.iter().all(|r| r.as_ref().map_or(true, |r| r.changed));
            prop_assert!(flagged, "the review's code no longer matches ({path})");
        }
    }

    /// Any text of a criteria pack changed, its check code left: the pack is refused.
    #[test]
    fn a_change_to_any_text_of_a_pack_is_refused(pick in any::<prop::sample::Index>(), extra in "[a-zđơư]") {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/format-v1/criteria-pack.json");
        let text = std::fs::read_to_string(path).expect("the pack fixture");
        prop_assert!(read_pack(text.as_bytes()).is_ok());
        let mut json: Json = serde_json::from_str(&text).expect("json");
        let mut paths = Vec::new();
        texts(&json["document"], "/document".into(), &mut paths);
        let at = pick.get(&paths);
        if let Some(Json::String(s)) = json.pointer_mut(at) {
            s.push_str(&extra);
        }
        prop_assert!(read_pack(serde_json::to_string(&json).expect("json").as_bytes()).is_err(), "{at}");
    }

    /// A document dated more than a day after the device's time is refused, however far;
    /// one within the day is not the future.
    #[test]
    fn a_time_in_the_future_never_wins(hours in 25i64..80_000_000) {
        let now = time("2026-12-05T08:00:00+07:00");
        let mut doc = Document::new("00000000-0000-4000-8000-000000000001", "2025/2B", 2025, now);
        doc.updated = now + chrono::Duration::hours(hours);
        let item = Item::Doc { label: "f.json".into(), doc: doc.clone(), changed: false };
        let refused = matches!(item.unless_future(now), Item::Refused { .. });
        prop_assert!(refused, "{} h ahead is refused", hours);
        let mut near = doc.clone();
        near.updated = now + chrono::Duration::hours(hours % 24);
        let near = Item::Doc { label: "g.json".into(), doc: near, changed: false };
        let kept = matches!(near.unless_future(now), Item::Doc { .. });
        prop_assert!(kept, "within a day is not the future");
        // And the copy kept here never gives way to a file of its own time with other content.
        let here = Document { updated: now, ..doc.clone() };
        let mut twin = here.clone();
        twin.set_text(ids::FULL_NAME, "Khác");
        prop_assert_eq!(decide(Some(&here), true, &twin, false), Decision::KeepBoth);
    }
}

#[test]
fn a_signed_bundle_verifies_and_names_its_signer() {
    let text = signed_bundle();
    let (b, edited) = read_bundle_file("goi.json", text.as_bytes()).expect("the signed bundle reads");
    assert!(!edited);
    assert!(verifies(&b.signature), "the signature holds on the file as written");
    let Signer::Key(key) = Signer::of(&b.signature, true) else { panic!("a signer") };
    assert_eq!(key.len(), 130);
    // Read back through a reformatting (compact JSON): still the same signature.
    let compact: Json = serde_json::from_str(&text).expect("json");
    let (b, _) = read_bundle_file("goi.json", compact.to_string().as_bytes()).expect("reads");
    assert!(verifies(&b.signature));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any one byte of a signed bundle changed: the file is refused, flagged as edited, or
    /// its signature fails. Never a genuine-looking file.
    #[test]
    fn a_signature_fails_on_one_changed_byte(at in any::<prop::sample::Index>(), flip in 1u8..=255) {
        let original = signed_bundle().into_bytes();
        let mut bytes = original.clone();
        let i = at.index(bytes.len());
        bytes[i] ^= flip;
        // A change of layout only (a space for a tab between fields) changes nothing the
        // file says: the same file.
        let same = |b: &[u8]| serde_json::from_slice::<Json>(b).ok();
        prop_assume!(same(&bytes).is_none() || same(&bytes) != same(&original));
        // Nor does the case of the "T" between a time's date and hour, which every reader
        // takes the same (RFC 3339).
        prop_assume!(!(flip == 0x20 && original[i] == b'T' && original.get(i.saturating_sub(3)) == Some(&b'-')));
        if let Ok((b, edited)) = read_bundle_file("goi.json", &bytes) {
            let nested_flagged = b.reviews.iter().any(|r| r.as_ref().map_or(true, |r| r.changed));
            prop_assert!(edited || nested_flagged || !verifies(&b.signature), "byte {i} changed unnoticed");
        }
    }
}
