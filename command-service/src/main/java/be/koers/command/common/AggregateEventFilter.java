package be.koers.command.common;

import org.axonframework.spring.config.SpringAggregateConfigurer;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes {@code @Aggregate(filterEventsByType = true)} take effect. Axon 4.13's Spring aggregate lookup copies the
 * annotation's cache, snapshot and resolver attributes onto the aggregate's configurer but not this one, so without
 * it a command naming a plan's id as an indicator's sourced an indicator from the plan's events and failed with 500.
 * Filtered, the plan's events are not the indicator's, and the indicator is unknown (404).
 */
@Configuration
public class AggregateEventFilter {

    @Bean
    static BeanFactoryPostProcessor filterEventsByAggregateType() {
        return beanFactory -> {
            for (String name : beanFactory.getBeanDefinitionNames()) {
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                if (SpringAggregateConfigurer.class.getName().equals(definition.getBeanClassName())
                        && aggregateType(definition) instanceof Class<?> type
                        && type.isAnnotationPresent(Aggregate.class) && type.getAnnotation(Aggregate.class).filterEventsByType()) {
                    definition.getPropertyValues().add("filterEventsByType", true);
                }
            }
        };
    }

    private static Object aggregateType(BeanDefinition definition) {
        ValueHolder first = definition.getConstructorArgumentValues().getIndexedArgumentValue(0, null);
        return first == null ? null : first.getValue();
    }
}
