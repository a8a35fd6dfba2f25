//! Texts of the storage notices: a full quota, a plan that would not fit,
//! unreadable stored plans, and a plan changed in another tab; the room
//! each plan takes and what is left (the Plans view), and the compressed
//! export; in both languages.

use crate::storage_room::StorageRoom;

/// Texts of the storage notices.
pub struct StorageText {
    /// The heading of the warning while a change cannot be saved.
    pub full_title: &'static str,
    /// What is safe and what is not while the quota is full.
    pub full_detail: &'static str,
    /// The heading of the warning when saving failed for another reason.
    pub failed_title: &'static str,
    /// The heading of the notice about one unreadable stored plan.
    pub unreadable_title: &'static str,
    /// What the user can do about it.
    pub unreadable_choices: &'static str,
    /// Open the sample plan beside the unreadable one.
    pub start_fresh: &'static str,
    /// Said once the fresh plan is open.
    pub started_fresh: &'static str,
    /// Delete the unreadable stored text (asks first).
    pub delete_stored: &'static str,
    /// The question before deleting it.
    pub delete_stored_confirm: &'static str,
    /// Said after it was deleted.
    pub deleted_stored: &'static str,
    /// Said when the browser's storage refused to delete what was asked
    /// (a stored plan, its text, its saved changes): nothing was deleted.
    pub delete_failed: &'static str,
    /// The detail under it, or under a failed save, when the browser gave a
    /// reason: (the browser's own words, e.g. "SecurityError: …").
    pub browser_said: fn(&str) -> String,
    /// The heading of the notice about a journal (the changes saved after a
    /// large stored plan) that could not all be read back.
    pub journal_title: &'static str,
    /// What the user can do about it: (its storage key).
    pub journal_choices: fn(&str) -> String,
    /// The question before deleting it.
    pub journal_delete_confirm: &'static str,
    /// Said after it was deleted.
    pub journal_deleted: &'static str,
    /// Said when another tab saved the plan on screen and it was reloaded.
    pub updated_from_other_tab: &'static str,
    /// The heading of the warning when a plan would not fit in the room left.
    pub no_room_title: &'static str,
    /// (characters the plan needs, characters free for it): the figures,
    /// and what is safe.
    pub no_room_detail: fn(usize, usize) -> String,
    /// A number of characters in human units ("2.3 M characters").
    pub chars: fn(usize) -> String,
    /// In a file's preview, when the plan would not fit: (characters
    /// needed, characters free), and what to do.
    pub preview_no_room: fn(usize, usize) -> String,
    /// The heading of the room figures in the Plans view.
    pub room_title: &'static str,
    /// The room used and left, in words (the bar beside it says the same).
    pub room_summary: fn(&StorageRoom) -> String,
    /// The accessible name of the bar.
    pub room_bar: &'static str,
    /// What the room is, and how a large plan is kept.
    pub room_note: &'static str,
    /// The Plans table's column: the room a plan takes in storage.
    pub col_stored: &'static str,
    /// In that column, for a plan not (yet) stored.
    pub not_stored: &'static str,
    /// The compressed export button.
    pub export_gz: &'static str,
    /// Its hint.
    pub export_gz_hint: &'static str,
    /// Said while a large plan's file is written (a few seconds at a
    /// province's scale), until the download starts.
    pub export_writing: &'static str,
}

/// `n` characters in English units: 950, 61 K, 2.3 M.
pub fn en_chars(n: usize) -> String {
    let f = n as f64;
    match n {
        0..1_000 => format!("{n} characters"),
        1_000..10_000 => format!("{:.1} K characters", f / 1e3),
        10_000..999_500 => format!("{:.0} K characters", f / 1e3),
        _ => format!("{:.1} M characters", f / 1e6),
    }
}

/// `n` characters in Chinese units: 950、6.1 万、241 万.
pub fn zh_chars(n: usize) -> String {
    let f = n as f64;
    match n {
        0..10_000 => format!("{n} 字符"),
        10_000..1_000_000 => format!("{:.1} 万字符", f / 1e4),
        _ => format!("{:.0} 万字符", f / 1e4),
    }
}

fn en_summary(r: &StorageRoom) -> String {
    format!(
        "{} used of about {} ({}%); {} free.",
        en_chars(r.used),
        en_chars(r.quota),
        r.percent_used(),
        en_chars(r.free())
    )
}

fn zh_summary(r: &StorageRoom) -> String {
    format!(
        "已用 {}，占可用空间（约 {}）的 {}%；尚余 {}。",
        zh_chars(r.used),
        zh_chars(r.quota),
        r.percent_used(),
        zh_chars(r.free())
    )
}

pub static EN: StorageText = StorageText {
    full_title: "Not saved: the browser's storage is full.",
    full_detail: "Your latest changes are kept in this page only and will be lost when it closes. The plan as last saved is unchanged. Export the plan now to keep everything; this warning stays until a change is saved.",
    failed_title: "Not saved: the browser's storage could not be written.",
    unreadable_title: "A stored plan could not be read.",
    unreadable_choices: "You can download its stored text, start afresh with the sample plan beside it, or delete it.",
    start_fresh: "Start afresh with the sample plan",
    started_fresh: "The sample plan is open. The unreadable stored plan is still kept.",
    delete_stored: "Delete the stored text…",
    delete_stored_confirm: "Delete the unreadable stored plan for good? Download its text first if you may need it. This cannot be undone.",
    deleted_stored: "The unreadable stored plan has been deleted.",
    delete_failed: "Not deleted: the browser's storage refused. Everything is still stored as it was.",
    browser_said: |why| format!("The browser said: {why}"),
    journal_title: "Saved changes could not all be read back.",
    journal_choices: |key| format!("You can download them (storage key “{key}”) or delete them. The plan is saved as it is now when you delete them or make a change; they are kept until you delete them."),
    journal_delete_confirm: "Delete the saved changes that could not be read back, for good? Download them first if you may need them. This cannot be undone.",
    journal_deleted: "The saved changes that could not be read back have been deleted.",
    updated_from_other_tab: "Updated from another tab: this plan was changed in another tab or window, and its latest version is shown.",
    no_room_title: "Not saved: the browser's storage is full for this plan.",
    no_room_detail: |needed, free| format!(
        "This plan needs {}; {} are free ({} short). The plan as last saved is unchanged, and your latest changes are kept in this page only: they will be lost when it closes. Export the plan now to keep everything, then make room on the Plans page (delete a plan you have exported). This warning stays until a change is saved.",
        en_chars(needed),
        en_chars(free),
        en_chars(needed.saturating_sub(free))
    ),
    chars: en_chars,
    preview_no_room: |needed, free| format!(
        "This plan does not fit in this browser: it needs {}; {} are free. Opened, it could not be saved. Make room on the Plans page first (delete a plan you have exported).",
        en_chars(needed),
        en_chars(free)
    ),
    room_title: "Room in this browser",
    room_summary: en_summary,
    room_bar: "Browser storage used",
    room_note: "Plans are kept in this browser's local storage, which holds about five million characters for this site. A large plan is kept compressed. A plan's figure includes its undo steps, which give way when a plan needs their room.",
    col_stored: "Stored size",
    not_stored: "not stored",
    export_gz: "Export .gz",
    export_gz_hint: "Download this plan as a compressed file (.plan.json.gz), much smaller to send; Plan Tracker opens it like a plain one",
    export_writing: "Writing the plan file… a plan this large takes a few seconds.",
};

pub static ZH: StorageText = StorageText {
    full_title: "未保存：浏览器存储空间已满。",
    full_detail: "最近的修改只保存在本页面中，关闭页面后将丢失；此前已保存的规划未受影响。请立即导出规划以免丢失。修改成功保存后，此提示才会消失。",
    failed_title: "未保存：无法写入浏览器存储。",
    unreadable_title: "一份已保存的规划无法读取。",
    unreadable_choices: "可下载其原始内容，或在保留它的同时用示例规划重新开始，也可将其删除。",
    start_fresh: "用示例规划重新开始",
    started_fresh: "已打开示例规划，无法读取的规划仍予保留。",
    delete_stored: "删除原始内容…",
    delete_stored_confirm: "确定永久删除这份无法读取的规划？如可能还需要，请先下载其原始内容。此操作不可撤销。",
    deleted_stored: "无法读取的规划已删除。",
    delete_failed: "未能删除：浏览器存储拒绝了此操作，所有内容仍按原样保存。",
    browser_said: |why| format!("浏览器提示：{why}"),
    journal_title: "保存后的修改未能全部读回。",
    journal_choices: |key| format!("可下载这些修改的原始内容（存储键“{key}”），或将其删除。删除这些记录或再作修改时，规划按当前内容保存；这些修改记录保留到您删除为止。"),
    journal_delete_confirm: "确定永久删除这些无法读回的修改记录？如可能还需要，请先下载。此操作不可撤销。",
    journal_deleted: "无法读回的修改记录已删除。",
    updated_from_other_tab: "已同步其他标签页的修改：该规划在另一个标签页或窗口中有改动，现显示最新内容。",
    no_room_title: "未保存：浏览器存储空间已满，容不下这份规划。",
    no_room_detail: |needed, free| format!(
        "这份规划需要 {}，可用空间只有 {}（还差 {}）。此前已保存的规划未受影响；最近的修改只保存在本页面中，关闭页面后将丢失。请立即导出规划以免丢失，再到“规划管理”页删除已导出的规划以腾出空间。修改成功保存后，此提示才会消失。",
        zh_chars(needed),
        zh_chars(free),
        zh_chars(needed.saturating_sub(free))
    ),
    chars: zh_chars,
    preview_no_room: |needed, free| format!(
        "本浏览器容不下这份规划：需要 {}，可用空间只有 {}。打开后将无法保存。请先到“规划管理”页删除已导出的规划以腾出空间。",
        zh_chars(needed),
        zh_chars(free)
    ),
    room_title: "本浏览器的存储空间",
    room_summary: zh_summary,
    room_bar: "浏览器存储已用",
    room_note: "规划保存在本浏览器的本地存储中，本网站约可保存五百万字符。较大的规划以压缩形式保存。各规划的占用含其撤销记录；规划需要空间时，撤销记录让出空间。",
    col_stored: "占用空间",
    not_stored: "未保存",
    export_gz: "导出压缩文件",
    export_gz_hint: "将本规划下载为压缩文件（.plan.json.gz），体积小得多，便于发送；本系统可像普通文件一样打开",
    export_writing: "正在生成规划文件……规划较大，需要几秒钟。",
};
