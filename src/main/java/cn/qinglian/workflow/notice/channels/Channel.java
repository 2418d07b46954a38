package cn.qinglian.workflow.notice.channels;

import cn.qinglian.workflow.org.Person;
import java.util.Optional;

/**
 * A way a notice leaves the app (e-mail, 钉钉, 浙政钉, 企业微信): switched on by configuration from the
 * environment, addressed from the person's contacts, and honest about the provider's limits. The
 * in-app message (站内) is the notice itself and needs no channel.
 */
public interface Channel {

    /** Stored with each delivery and in a person's choices: mail, dingtalk, zzd, wecom. */
    String id();

    /** As people read it: 邮件, 钉钉, 浙政钉, 企业微信. */
    String label();

    /** Configured on this node. */
    boolean enabled();

    /** Where this person is reached on the channel, if they are. */
    Optional<String> address(Person person);

    /** Sends one message; never throws for the provider's or the network's failures. */
    Reply send(Outgoing message);

    /** The provider accepts at most this many messages per person per minute (0: no such limit). */
    default int perPersonPerMinute() {
        return 0;
    }

    /** The provider drops a second identical message to a person on the same day (钉钉). */
    default boolean oneIdenticalPerDay() {
        return false;
    }
}
