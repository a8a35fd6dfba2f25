//! Texts of the projects list, indicators and bulk reporting, in both languages.

/// Texts of the projects list, indicators and bulk reporting.
pub struct FiguresText {
    pub projects_title: &'static str,
}

pub static EN: FiguresText = FiguresText {
    projects_title: "Key projects",
};

pub static ZH: FiguresText = FiguresText {
    projects_title: "重点项目",
};
