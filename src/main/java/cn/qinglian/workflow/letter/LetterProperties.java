package cn.qinglian.workflow.letter;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code qinglian.letter.*}: each level of the cascade has this many days after the letter's approval
 * (level 1 by day 15, level 2 by day 30, …; a late signing from the day it starts), and the signer is
 * reminded {@code reminderDays} before; past it, the upper party is told. A signer's lower parties sign
 * in groups of at most {@code pairsPerGroup}, each group its own process instance (see
 * {@link LetterProcess#GROUP_KEY}).
 */
@ConfigurationProperties("qinglian.letter")
record LetterProperties(int daysPerLevel, int reminderDays, int pairsPerGroup) {

    public LetterProperties {
        daysPerLevel = daysPerLevel <= 0 ? 15 : daysPerLevel;
        reminderDays = reminderDays <= 0 ? 3 : reminderDays;
        pairsPerGroup = pairsPerGroup <= 0 ? 20 : pairsPerGroup;
    }
}
