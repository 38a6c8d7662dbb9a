package be.koers.command.common;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

import javax.sql.DataSource;

/**
 * A command's transaction takes a database connection only at its first statement, which comes after the
 * aggregate's lock. Taken at the transaction's start, as by default, the connections of commands waiting for a busy
 * aggregate's lock exhausted the pool under the benchmark's load, so that the command holding the lock could not get
 * one: every command of that plan stalled until the pool's timeout.
 */
@Configuration
public class LazyConnections {

    @Bean
    static BeanPostProcessor lazyConnectionDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof LazyConnectionDataSourceProxy)
                        ? new LazyConnectionDataSourceProxy(dataSource) : bean;
            }
        };
    }
}
