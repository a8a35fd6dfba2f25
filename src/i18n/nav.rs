//! Texts of the header and the navigation: the groups of views, the phone's
//! menu, and the menu of plan files and settings, in both languages.

use crate::pages::Group;

/// Texts of the header and the navigation.
pub struct NavText {
    /// The phone's button that opens the whole navigation.
    pub menu: &'static str,
    /// Each group of views, by name (a button on a wide screen, a heading
    /// in the phone's menu).
    pub group: fn(Group) -> &'static str,
    /// The button of the menu holding plan files, who is editing, the
    /// language and About.
    pub more: &'static str,
}

pub static ZH: NavText = NavText {
    menu: "菜单",
    group: |g| match g {
        Group::Daily => "日常工作",
        Group::Analysis => "分析",
        Group::Setup => "设置与记录",
    },
    more: "文件与设置",
};

pub static EN: NavText = NavText {
    menu: "Menu",
    group: |g| match g {
        Group::Daily => "Daily work",
        Group::Analysis => "Analysis",
        Group::Setup => "Setup & history",
    },
    more: "Files & settings",
};
