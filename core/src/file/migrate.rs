//! Migrations: the steps that bring an envelope of an older format version to the current
//! one, applied to the parsed JSON before it is typed.

use serde_json::Value as Json;

use super::envelope::FORMAT_VERSION;

/// Upgrades an envelope of format version `n + 1` to `n + 2`. Empty while every file ever
/// written is of version 1; a change of format appends a step here and a fixture of the old
/// version under `tests/fixtures/`.
const MIGRATIONS: &[fn(Json) -> Json] = &[];

/// Brings an envelope of an older version to [`FORMAT_VERSION`].
pub(crate) fn migrate(mut value: Json, from: u64) -> Json {
    let start = usize::try_from(from.saturating_sub(1)).unwrap_or(usize::MAX);
    for step in MIGRATIONS.iter().skip(start) {
        value = step(value);
    }
    if let Some(obj) = value.as_object_mut() {
        obj.insert("format_version".into(), Json::from(FORMAT_VERSION));
    }
    value
}
