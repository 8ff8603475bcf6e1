package jp.miyazaki.kyodo.catalog;

/** Where a grant's application window stands on a given day. */
public enum GrantStatus {
    OPEN("受付中"),
    UPCOMING("受付前"),
    CLOSED("受付終了");

    private final String label;

    GrantStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
