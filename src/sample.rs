//! The sample plan that ships with the app (placeholder; being written).
use crate::i18n::Lang;
use crate::model::*;

pub fn sample_plan(_lang: Lang) -> Plan {
    Plan::new(
        Id::new("sample"),
        "Sample",
        Date::from_ymd_opt(2023, 1, 1).unwrap(),
        Date::from_ymd_opt(2023, 12, 31).unwrap(),
    )
}
