//! Texts of the About panel and of the new-version notice, in both languages.

/// Texts of the About panel (in the header) and the new-version notice.
pub struct AboutText {
    /// The header's button that opens the panel.
    pub about: &'static str,
    /// The panel's heading.
    pub title: &'static str,
    /// What the app is, in one sentence.
    pub summary: &'static str,
    /// "Version".
    pub version: &'static str,
    /// "Built".
    pub build_date: &'static str,
    /// The plan file format's version.
    pub format_version: &'static str,
    /// The link to the plan file format (docs/plan-format.md).
    pub format_doc: &'static str,
    /// The link to the licence.
    pub licence: &'static str,
    /// Said when a newer version of the site is ready.
    pub update_ready: &'static str,
    /// The notice's button that loads it.
    pub reload: &'static str,
    /// The notice's button that keeps this version for now.
    pub later: &'static str,
}

pub static ZH: AboutText = AboutText {
    about: "关于",
    title: "关于规划任务督查",
    summary: "规划任务督查在浏览器中运行，规划保存在本浏览器中，不向任何服务器发送数据。",
    version: "版本",
    build_date: "构建日期",
    format_version: "规划文件格式版本",
    format_doc: "规划文件格式说明",
    licence: "许可协议（MIT）",
    update_ready: "新版本已就绪。重新加载页面即可使用新版本，未保存的修改会先保存。",
    reload: "重新加载",
    later: "稍后",
};

pub static EN: AboutText = AboutText {
    about: "About",
    title: "About Plan Tracker",
    summary:
        "Plan Tracker runs in the browser; plans are kept in this browser and sent to no server.",
    version: "Version",
    build_date: "Built",
    format_version: "Plan file format version",
    format_doc: "The plan file format",
    licence: "Licence (MIT)",
    update_ready: "A new version is ready. Reload the page to use it; changes are saved first.",
    reload: "Reload",
    later: "Later",
};
