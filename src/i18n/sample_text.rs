//! Texts about the sample plan and the interface language, in both
//! languages: an edited sample stays in the language it was loaded in, and
//! the user can open the sample afresh in the language now chosen.

/// Texts about the sample plan and the language.
pub struct SampleText {
    /// Said after a language switch when the sample on screen has the
    /// user's changes: it stays in the language it is in (named).
    pub edited_stays: fn(&str) -> String,
    /// The button: open the sample afresh in this language, beside the edited one.
    pub open_in_this_language: &'static str,
    /// Said once it is open.
    pub opened_beside: &'static str,
    /// The sample's files could not be read (the reason follows).
    pub not_loaded: &'static str,
}

pub static EN: SampleText = SampleText {
    edited_stays: |was| {
        format!(
            "The sample plan on screen has your changes, so it stays as it is, in {was}. \
             You can open the sample as shipped in English beside it."
        )
    },
    open_in_this_language: "Open the sample in English",
    opened_beside:
        "The sample plan is open in English. Your edited sample is kept: find it under Plans.",
    not_loaded: "The sample plan could not be loaded from the site, so nothing was changed. \
                 Try again when the site can be reached, or import a plan file.",
};

pub static ZH: SampleText = SampleText {
    edited_stays: |was| {
        format!(
            "当前的示例规划已有您的修改，因此保持原样（{was}）。可以另外打开一份中文版示例规划。"
        )
    },
    open_in_this_language: "打开中文版示例规划",
    opened_beside: "已打开中文版示例规划。您修改过的示例规划仍保留，可在“规划管理”中找到。",
    not_loaded: "未能从网站加载示例规划，未作任何更改。请在可以访问网站时重试，或导入规划文件。",
};
