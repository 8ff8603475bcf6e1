package jp.miyazaki.kyodo.admin;

import org.springframework.security.access.AccessDeniedException;

/**
 * {@link DepartmentRule}'s refusal: the item belongs to another department than the signed-in staff member's.
 * Nothing was changed or shown. As an {@link AccessDeniedException} it is a 403 wherever it surfaces; the admin API
 * and the console answer it with {@link #explanation()}.
 */
public final class OtherDepartmentsItem extends AccessDeniedException {

    private final Access access;
    private final String itemDepartment;
    private final String staffDepartment;

    OtherDepartmentsItem(Access access, String itemDepartment, String staffDepartment) {
        super(access + " refused: the item belongs to another department");
        this.access = access;
        this.itemDepartment = itemDepartment;
        this.staffDepartment = staffDepartment;
    }

    public Access access() {
        return access;
    }

    /** The department the item belongs to. */
    public String itemDepartment() {
        return itemDepartment;
    }

    /** The department of the staff member who was refused. */
    public String staffDepartment() {
        return staffDepartment;
    }

    /** Why, in the words staff read: whose item it is and who may do this instead. */
    public String explanation() {
        return switch (access) {
            case CHANGE -> "この項目は" + itemDepartment + "の担当です。変更・削除できるのは" + itemDepartment
                    + "の職員と管理者だけです。変更が必要なときは、" + itemDepartment + "か管理者に依頼してください。";
            case ASSIGN -> itemDepartment + "の項目は登録できません。登録できるのは" + staffDepartment
                    + "の項目だけです。" + itemDepartment + "の項目は、" + itemDepartment + "か管理者に依頼してください。";
            case READ_SIGN_UPS -> "この活動は" + itemDepartment + "の担当です。申し込んだ方の氏名や連絡先を見られるのは"
                    + itemDepartment + "の職員と管理者だけです。";
        };
    }

    /** What was refused. */
    public enum Access {
        /** Changing or deleting the item. */
        CHANGE,
        /** Giving a new item (or a notice) to another department, which would then be out of reach. */
        ASSIGN,
        /** Reading the sign-ups (names, contacts) it collected. */
        READ_SIGN_UPS
    }
}
