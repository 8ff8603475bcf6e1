package jp.miyazaki.kyodo.catalog;

import jp.miyazaki.kyodo.label.Labelled;

/** Where a grant's application window stands on a given day; labels in {@code dialogs/messages/catalog.yml}. */
public enum GrantStatus implements Labelled {
    OPEN, UPCOMING, CLOSED
}
