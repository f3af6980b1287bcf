package cn.duban.assistant.channel.wecom;

import java.io.File;
import java.nio.file.Files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.duban.assistant.conversation.Attachment;
import me.chanjar.weixin.cp.api.WxCpService;

/**
 * Downloads the photo of an image message by its MediaId through WxJava ({@code /cgi-bin/media/get}, the shared
 * access token). Anything but an image of at most {@link Attachment#MOST_BYTES}, and any failure, is logged and
 * gives null: the message is then answered as before (the assistant reads text).
 */
class WeComImages {

    private static final Logger log = LoggerFactory.getLogger(WeComImages.class);

    private final WxCpService service;

    WeComImages(WxCpService service) {
        this.service = service;
    }

    /** The photo, or null when it cannot be had or is no image. */
    Attachment download(String mediaId) {
        if (mediaId == null || mediaId.isBlank()) {
            return null;
        }
        File file = null;
        try {
            file = service.getMediaService().download(mediaId);
            if (file == null) {
                log.warn("图片 {} 下载失败: 企业微信没有返回文件", mediaId);
                return null;
            }
            if (file.length() > Attachment.MOST_BYTES) {
                log.warn("图片 {} 超过 {} 字节,不保存", mediaId, Attachment.MOST_BYTES);
                return null;
            }
            Attachment image = new Attachment(Files.readAllBytes(file.toPath()));
            if (!image.isImage()) {
                log.warn("文件 {} 不是 JPEG/PNG/GIF/WEBP 图片,不保存", mediaId);
                return null;
            }
            return image;
        } catch (Exception e) {
            log.warn("图片 {} 下载失败: {}", mediaId, e.toString());
            return null;
        } finally {
            if (file != null && !file.delete()) {
                file.deleteOnExit();
            }
        }
    }
}
