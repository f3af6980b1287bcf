package cn.duban.assistant.workbench;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.duban.assistant.config.AssistantProperties;

/** What every workbench page has in its model: {@code fmt}, how times and figures are written. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    private final Formats formats;

    PageModel(AssistantProperties properties) {
        this.formats = new Formats(properties.zone());
    }

    @ModelAttribute("fmt")
    Formats formats() {
        return formats;
    }
}
