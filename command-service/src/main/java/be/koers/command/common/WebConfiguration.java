package be.koers.command.common;

import be.koers.command.tenant.Mandates;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

@Configuration
public class WebConfiguration implements WebMvcConfigurer {

    private final Mandates mandates;

    public WebConfiguration(Mandates mandates) {
        this.mandates = mandates;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ChangeContextResolver(mandates));
    }
}
