//! Texts of the storage notices: a full quota, unreadable stored plans, and
//! a plan changed in another tab, in both languages.

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
    /// Said when another tab saved the plan on screen and it was reloaded.
    pub updated_from_other_tab: &'static str,
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
    updated_from_other_tab: "Updated from another tab: this plan was changed in another tab or window, and its latest version is shown.",
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
    updated_from_other_tab: "已同步其他标签页的修改：该规划在另一个标签页或窗口中有改动，现显示最新内容。",
};
