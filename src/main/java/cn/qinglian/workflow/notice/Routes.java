package cn.qinglian.workflow.notice;

import cn.qinglian.workflow.notice.channels.Channel;
import cn.qinglian.workflow.org.Person;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Which channels reach a person: switched on here, chosen by them (or the office's default), and addressed. */
@Component
class Routes {

    static final String IN_APP = "站内";

    private final List<Channel> channels;
    private final Preferences preferences;

    Routes(List<Channel> channels, Preferences preferences) {
        this.channels = channels;
        this.preferences = preferences;
    }

    Map<String, Preference> preferences(Collection<String> personIds) {
        return preferences.forPeople(personIds);
    }

    List<Channel> channelsFor(Person person, Preference preference) {
        return channels.stream()
                .filter(Channel::enabled)
                .filter(channel -> preference.channels().contains(channel.id()))
                .filter(channel -> channel.address(person).isPresent())
                .toList();
    }

    List<Channel> all() {
        return channels;
    }
}
