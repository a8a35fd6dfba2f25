//! Texts of goals, key areas, units, plan settings and the plans list, in both languages.

/// Texts of goals, key areas, units, plan settings and the plans list.
pub struct SetupText {
    pub setup_title: &'static str,
}

pub static EN: SetupText = SetupText {
    setup_title: "Plan setup",
};

pub static ZH: SetupText = SetupText {
    setup_title: "规划设置",
};
