//! New ids: the one place the shell draws the entropy (the clock and
//! `Math.random`) that [`crate::model::Id::generate`] turns into an id.

use crate::model::Id;

/// A new id for an entity of the kind `prefix` names ("t", "r", "plan" …).
pub(crate) fn new_id(prefix: &str) -> Id {
    Id::generate(
        prefix,
        js_sys::Date::now() as u64,
        (js_sys::Math::random() * 4e9) as u32,
    )
}
