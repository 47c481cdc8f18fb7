package ai.domainassist.gov.model;

/** Which way a document travels (行文方向), which decides some required elements. */
public enum Direction {
    /** 上行文: to a superior body; needs 签发人. */
    UPWARD,
    /** 下行文: to subordinate bodies. */
    DOWNWARD,
    /** 平行文: between bodies not in a line of authority. */
    PARALLEL,
    /** 公布: published to the public, usually without 主送机关. */
    PUBLIC,
    /** Depends on the case (意见, 纪要). */
    ANY
}
