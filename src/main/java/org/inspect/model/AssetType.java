package org.inspect.model;

/** Kind of household property (财产类型). */
public enum AssetType implements Coded {
    HOUSE("房屋"),
    VEHICLE("车辆"),
    DEPOSIT("存款"),
    SECURITIES("有价证券"),
    BUSINESS("经营实体"),
    MACHINERY("农机"),
    LIVESTOCK("牲畜"),
    OTHER("其他");

    private final String chinese;

    AssetType(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
