/**
 * Where to ask about city matters the bot does not handle (ごみ, 住民票, 税 …), from {@code dialogs/city-guide.yml}.
 */
package jp.miyazaki.kyodo.cityguide;
