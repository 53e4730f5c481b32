package org.fractalgoals.command;

import org.fractalgoals.platform.web.FractalOwnership;
import org.fractalgoals.platform.web.FractalOwnershipInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class CommandWebConfiguration implements WebMvcConfigurer {

    private final FractalOwnership ownership;

    CommandWebConfiguration(FractalOwnership ownership) {
        this.ownership = ownership;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new FractalOwnershipInterceptor(ownership)).addPathPatterns("/api/v1/fractals/**");
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
